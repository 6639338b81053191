# expect: clean
import torch

from robust import AdversarialTrainer, ChatterNet, SpindleAttack


def batches(n, bs=6, steps=10):
    for _ in range(n):
        yield torch.randn(bs, steps, 3), torch.randint(0, 2, (bs,))


if __name__ == "__main__":
    torch.manual_seed(3)
    net = ChatterNet()
    attack = SpindleAttack(net, eps=0.05)
    trainer = AdversarialTrainer(net, attack)
    for epoch in range(2):
        losses = [trainer.step(x, y) for x, y in batches(4)]
        print(f"epoch {epoch}: robust loss {sum(losses) / len(losses):.3f}")
