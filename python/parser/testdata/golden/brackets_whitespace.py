x = (

    1

    +

    2
)
y = [  # comment after opening bracket
    1,

    # comment line inside brackets
        2,
  3,
]
z = {
'a':
1,
}
w = f(
    a
    ,
    b
)
v = (1 \
     + 2)
u = (
)
t = [
]
def g(
    a,


    b,
):
    return (
        a
    )
