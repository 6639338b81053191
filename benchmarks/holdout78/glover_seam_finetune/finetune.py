# expect: crash
import torch
import torch.nn.functional as F

from glover import SeamTagger, deterministic_finetune_mode


def few_shot(seed, n=3):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(2, 15, 4, generator=g), torch.randint(0, 3, (2, 15), generator=g)) for _ in range(n)]


def main():
    torch.manual_seed(4)
    model = SeamTagger()
    deterministic_finetune_mode(model)
    opt = torch.optim.AdamW(model.parameters(), lr=1e-3)
    for epoch in range(2):
        for x, y in few_shot(epoch):
            logits = model(x)
            loss = F.cross_entropy(logits.reshape(-1, 3), y.reshape(-1))
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
        print(epoch, round(loss.item(), 4))


if __name__ == "__main__":
    main()
