# expect: clean
import torch

from glazier.model import CrackDetector
from glazier.weighting import weighted_loss


def taps(n=4, bs=6):
    return [(torch.randn(bs, 11, 2), torch.randint(0, 2, (bs,)).float()) for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(4)
    model = CrackDetector()
    opt = torch.optim.RMSprop(model.parameters(), lr=1e-3)
    model.train()
    for epoch in range(2):
        for x, y in taps():
            opt.zero_grad()
            loss, diff = weighted_loss(model, x, y)
            loss.backward()
            opt.step()
        print(f"epoch {epoch} loss {loss.item():.4f} difficulty {float(diff):.4f}")
