# expect: crash
import torch
import torch.nn.functional as F

from ropekit import *  # noqa: F401,F403


def main():
    torch.manual_seed(0)
    model = prepare(WearNet(), lr_scale=0.5)
    opt = torch.optim.Adam(model.parameters(), lr=1e-2 * model.lr_scale)
    for epoch in range(2):
        for x, y in make_descents(3, epoch):
            opt.zero_grad()
            loss = F.l1_loss(model(x), y)
            loss.backward()  # TM001-here
            opt.step()
        print(f"epoch {epoch} l1 {loss.item():.4f}")
    model.eval()
    print(export_summary(model))


if __name__ == "__main__":
    main()
