# expect: clean
import torch
import torch.nn.functional as F

from model import FindDater


def main():
    torch.manual_seed(8)
    model = FindDater().train()
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.Adam(params, lr=1e-2)
    for step in range(4):
        tok = torch.randint(0, 20, (4, 9))
        y = torch.randint(0, 5, (4,))
        loss = F.cross_entropy(model(tok), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    print("trainable", sum(p.numel() for p in params))


if __name__ == "__main__":
    main()
