CONFIG = {
    "model": {"name": "gru_route", "n_in": 3, "hidden": 8},
    "engine": {"epochs": 2, "batches": 4, "val_every": 2, "lr": 1e-2, "batch": 4, "steps": 6},
}
