def f():
    return (
  x = ]
