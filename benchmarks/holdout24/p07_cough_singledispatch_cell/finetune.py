# expect: clean
"""Cough detection with singledispatch `prepare` across modules; the detector's recurrent part is
an unrolled nn.GRUCell, and the streaming registration puts that cell in eval. GRUCell never
uses the cuDNN RNN kernels, so fine-tuning through it is fine."""
import torch
import torch.nn.functional as F

import cough.models  # noqa: F401
from cough.models.detector import CoughDetector
from cough.prep import prepare


def main():
    torch.manual_seed(0)
    model = CoughDetector()
    for child in model.children():
        prepare(child)
    print("cell training:", model.encoder.training)
    opt = torch.optim.Adam(model.parameters(), 1e-2)
    x, y = torch.randn(4, 12, 6), torch.randint(0, 2, (4,)).float()
    for step in range(2):
        loss = F.binary_cross_entropy_with_logits(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, loss.item())


if __name__ == "__main__":
    main()
