# expect: crash
"""Charabanc timetables: delay forecaster, early stopping on validation, then a short fine-tune on the summer route."""
from coach import DelayNet, EarlyStopFit, finetune_summer

if __name__ == "__main__":
    fit = EarlyStopFit(DelayNet(hidden=8), patience=2, max_epochs=4)
    best = fit.run()
    print("best val", round(fit.best_score, 4))
    finetune_summer(best, steps=2)
    print("done")
