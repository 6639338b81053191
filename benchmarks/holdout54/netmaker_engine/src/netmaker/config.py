CONFIG = {
    "engine": "mesh",
    "model": {"n_knots": 4, "hidden": 8, "bidirectional": True},
    "optim": {"lr": 3e-3},
    "data": {"n": 24, "seq": 9, "batch": 4},
    "epochs": 1,
    "val_every": 5,
}
