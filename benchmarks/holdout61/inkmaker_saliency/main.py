# expect: crash
import torch
import torch.nn.functional as F

from inkmaker.explain import GradientSaliency
from inkmaker.nets import InkViscosityNet


def batches(n, seed=0):
    g = torch.Generator().manual_seed(seed)
    for _ in range(n):
        yield torch.randn(6, 9, 5, generator=g), torch.randint(0, 4, (6,), generator=g)


def main():
    torch.manual_seed(3)
    net = InkViscosityNet()
    opt = torch.optim.Adam(net.parameters(), lr=3e-3)
    saliency = GradientSaliency(net)  # built once, used for per-epoch figures

    for epoch in range(2):
        for x, y in batches(3, seed=epoch):
            opt.zero_grad()
            loss = F.cross_entropy(net(x), y)
            loss.backward()  # TM001-here
            opt.step()
        xs, ys = next(batches(1, seed=99))
        sal = saliency.attribute(xs, ys)
        print(f"epoch {epoch} loss {loss.item():.3f} peak-step {int(sal.mean(0).argmax())}")


if __name__ == "__main__":
    main()
