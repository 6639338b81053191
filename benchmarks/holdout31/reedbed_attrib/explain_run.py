# expect: crash
"""Reed-bed filtration: which inflow reading drives the predicted outflow
nitrate? Rebuilt (own tiny code) from the shape of truera/trulens#60: a
gradient-attribution wrapper back-propagates through a model that the user
put in eval mode; the reported fix switched it to train before bprop."""
import torch

from reedbed import NitrateModel, fit, InputGradients


def main():
    torch.manual_seed(7)
    model = NitrateModel(n_in=4, hidden=6)
    fit(model, steps=4)
    model.eval()  # deterministic explanations
    explainer = InputGradients(model, output_index=0)
    inflow = torch.randn(3, 10, 4)
    attr = explainer.attributions(inflow)
    print("per-feature attribution", attr.abs().mean(dim=(0, 1)).tolist())


if __name__ == "__main__":
    main()
