# expect: crash
"""Herpetologist field recordings: classify frog species from call spectra,
logging input saliency after every epoch."""
import torch

from herp.models import CallLSTM
from herp.explain import InputGradExplainer
from herp.loop import run_epoch, make_split


def main():
    torch.manual_seed(5)
    train_set, probe = make_split(n_batches=5)
    model = CallLSTM(n_mel=6, hidden=8, n_species=4)
    opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)

    model.train()
    explainer = InputGradExplainer(model, smooth=2)
    for epoch in range(2):
        loss = run_epoch(model, opt, train_set)
        sal = explainer.attribute(probe)
        top = sal.mean(0).argmax().item()
        print(f"epoch {epoch} loss {loss:.3f} most salient frame {top}")


if __name__ == "__main__":
    main()
