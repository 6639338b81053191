# expect: crash
"""Adversarial training with an attack left to its default, which puts the model in eval mode for its steps: the
gradient the attack asks of its input runs the LSTM's backward in eval mode (the epoch function is handed the attack)."""
import torch
import torch.nn.functional as F

from pgdkit import SeqPGD, StrokeNet


def adversarial_epoch(model, attack, opt, batches):
    model.train()
    for x, y in batches:
        x_adv = attack(x, y)
        opt.zero_grad()
        loss = F.cross_entropy(model(x), y) + F.cross_entropy(model(x_adv), y)
        loss.backward()
        opt.step()
    return loss.item()


if __name__ == "__main__":
    model = StrokeNet()
    attack = SeqPGD(model, eps=0.2)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    batches = [(torch.randn(4, 6, 2), torch.randint(0, 2, (4,))) for _ in range(2)]
    print(adversarial_epoch(model, attack, opt, batches))
