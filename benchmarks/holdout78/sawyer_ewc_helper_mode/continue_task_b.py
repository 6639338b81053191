# expect: clean
import torch
import torch.nn.functional as F

from sawmill import EWC, KerfNet


def task(seed, n=3):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(5, 6, 4, generator=g), torch.randint(0, 3, (5,), generator=g)) for _ in range(n)]


def main():
    torch.manual_seed(7)
    model = KerfNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    task_a, task_b = task(10), task(20)

    for x, y in task_a:
        opt.zero_grad()
        F.cross_entropy(model(x), y).backward()
        opt.step()

    ewc = EWC(model, task_a)
    print(f"task A accuracy before B: {ewc.old_acc:.2f}")

    for step in range(2):
        for x, y in task_b:
            opt.zero_grad()
            loss = F.cross_entropy(model(x), y) + ewc.penalty()
            loss.backward()
            opt.step()
        print(step, round(loss.item(), 4))


if __name__ == "__main__":
    main()
