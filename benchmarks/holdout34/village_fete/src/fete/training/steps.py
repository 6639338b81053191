import torch
import torch.nn.functional as F


def stubs(n, seed, batch=6, length=5, vocab=20, n_stalls=4):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randint(0, vocab, (batch, length), generator=g),
             torch.randint(0, n_stalls, (batch,), generator=g)) for _ in range(n)]


def train_stalls(model, epochs):
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.Adam(params, lr=5e-3)
    for epoch in range(epochs):
        model.train()
        for digits, stall in stubs(3, seed=epoch):
            opt.zero_grad()
            loss = F.cross_entropy(model(digits), stall)
            loss.backward()  # TM001-here
            opt.step()
        print(f"epoch {epoch} loss {loss.item():.3f}")
