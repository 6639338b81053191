# expect: crash
"""Farrier gait-lameness scoring: gradient*input relevance from an explainer built around the model."""
import torch

from farrier.model import GaitModel
from farrier.relevance import GradTimesInput


def main():
    torch.manual_seed(8)
    model = GaitModel()
    explainer = GradTimesInput(model)
    strides = torch.randn(3, 9, 4)
    rel = explainer.attribute(strides, target=1)
    print("relevance per step", rel.sum(-1).abs().mean(0).tolist())


if __name__ == "__main__":
    main()
