# expect: clean
"""Explain the current grader, then keep fine-tuning it on the new batch of tops."""
import torch

from luthier import OcclusionExplainer, TapToneNet


def fine_tune(model, spectra, grades, steps=3):
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    for _ in range(steps):
        loss = torch.nn.functional.smooth_l1_loss(model(spectra), grades)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def main():
    torch.manual_seed(5)
    model = TapToneNet()
    spectra, grades = torch.randn(4, 6, 8), torch.rand(4)

    explainer = OcclusionExplainer(model)
    scores = explainer.attribute(spectra)
    print("most telling pass per top:", scores.argmax(1).tolist())

    print("fine-tune loss", fine_tune(model, spectra, grades))


if __name__ == "__main__":
    main()
