# expect: crash
import torch
import torch.nn.functional as F

from poulterer import PluckClassifier, SeqPGD


def batches(n=4, bs=6, steps=10):
    for _ in range(n):
        yield torch.randn(bs, steps, 2), torch.randint(0, 2, (bs,))


def adversarial_epoch(model, attack, opt):
    model.train()
    total = 0.0
    for x, y in batches():
        x_adv = attack(x, y)
        opt.zero_grad()
        loss = 0.5 * F.cross_entropy(model(x), y) + 0.5 * F.cross_entropy(model(x_adv), y)
        loss.backward()
        opt.step()
        total += loss.item()
    return total


if __name__ == "__main__":
    torch.manual_seed(3)
    model = PluckClassifier()
    attack = SeqPGD(model, eps=0.2)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    for epoch in range(2):
        print(epoch, adversarial_epoch(model, attack, opt))
