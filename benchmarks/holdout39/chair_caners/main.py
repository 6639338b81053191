# expect: clean
"""Chair-caning strand tension model; the trainer validates before fitting."""
from caning import build_trainer


if __name__ == "__main__":
    trainer = build_trainer({"hidden": 8, "epochs": 2, "lr": 0.01, "validate_first": True})
    trainer.fit()
    print("val", trainer.val_scores)
