# Without an import of flask the check does not apply (as in Bandit).
app.run(debug=True)
