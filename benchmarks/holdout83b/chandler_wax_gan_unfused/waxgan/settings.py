SETTINGS = dict(z=4, hidden=8, steps=6, batch=4, iters=2, lambda_gp=10.0)
