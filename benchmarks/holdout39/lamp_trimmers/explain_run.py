# expect: crash
"""Lamp trimmers: wick-char prediction; per-timestep sensitivity from a registered explainer."""
from wick import EXPLAINERS, WickModel, train_briefly

if __name__ == "__main__":
    model = train_briefly(WickModel(hidden=6))
    explainer = EXPLAINERS["jacobian"](model)
    sens = explainer.explain(model.example())
    print("sensitivity shape", tuple(sens.shape))
