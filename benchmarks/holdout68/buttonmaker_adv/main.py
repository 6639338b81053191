# expect: crash
import torch
import torch.nn.functional as F

from attack import Perturber
from nets import ButtonDefectNet


def main(epochs=2):
    torch.manual_seed(2)
    model = ButtonDefectNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    attacker = Perturber(model)
    data = [(torch.randn(6, 5, 4), torch.randint(0, 3, (6,))) for _ in range(3)]
    for ep in range(epochs):
        for x, y in data:
            x_adv = attacker.perturb(x, y)
            opt.zero_grad()
            loss = F.cross_entropy(model(x), y) + F.cross_entropy(model(x_adv), y)
            loss.backward()
            opt.step()
        print("epoch", ep, round(loss.item(), 4))


if __name__ == "__main__":
    main()
