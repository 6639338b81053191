import torch
import torch.nn.functional as F

from ..attacks import fgsm


def spin_tests(seed, n=3, batch=4, length=10):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(batch, length, 3, generator=g), torch.randint(0, 2, (batch,), generator=g))
            for _ in range(n)]


def adversarial_finetune(model, epochs, eps):
    opt = torch.optim.SGD(model.parameters(), lr=0.02, momentum=0.9)
    for epoch in range(epochs):
        for vib, label in spin_tests(epoch):
            model.eval()
            adv = fgsm(model, vib, label, eps)
            model.train()
            opt.zero_grad()
            loss = 0.5 * (F.cross_entropy(model(vib), label) + F.cross_entropy(model(adv), label))
            loss.backward()
            opt.step()
        print(f"epoch {epoch}: mixed loss {loss.item():.3f}")
