# expect: clean
"""Determined PyTorchTrial layout: model_def.py defines the trial (train_batch / evaluate_batch); a harness in
another package builds the context, wraps model and optimizer, and drives the loop. Config arrives as a dict."""
from harness.controller import run_trial
from model_def import LSTNetTrial

config = {
    "hyperparameters": {"hidden": 16, "skip": 2, "window": 8, "n_series": 3, "lr": 1e-3, "global_batch_size": 4},
    "searcher": {"max_length": {"batches": 6}},
    "min_validation_period": {"batches": 2},
}

if __name__ == "__main__":
    metrics = run_trial(LSTNetTrial, config)
    print(metrics)
