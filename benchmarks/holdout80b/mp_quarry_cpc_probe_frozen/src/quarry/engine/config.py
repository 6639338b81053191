def default_config():
    return {
        "model": {"n_in": 3, "hidden": 8, "k": 2},
        "pretrain": {"epochs": 2, "lr": 1e-2, "batches": 3},
        "probe": {"epochs": 2, "lr": 5e-2, "n_cls": 3, "tune_stem": False},
        "data": {"batch": 4, "steps": 6},
    }
