from ..utils import holdout_error


def score_holdout(runner):
    # a second look at the hold-out kilns, printed for the shift log
    err = holdout_error(runner.model, runner.holdout)
    print(f"epoch {runner.epoch} holdout L1 {err:.4f}")
