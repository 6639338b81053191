CONFIG = {
    "seed": 24,
    "model": {"in_dim": 3, "hidden": 8, "cell": "GRU"},
    "train": {"lr": 1e-2, "warmup_steps": 3, "batch": 4, "seq": 6},
    "valuation": {"n_batches": 3},
}
