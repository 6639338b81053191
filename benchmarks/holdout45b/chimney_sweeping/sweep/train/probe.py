import torch
import torch.nn.functional as F


def fit_probe(encoder, head, batches, epochs=2, lr=1e-2):
    """Linear-ish probe on a frozen encoder; only the head gets gradients."""
    opt = torch.optim.Adam(head.parameters(), lr=lr)
    for epoch in range(epochs):
        head.train()
        for x, y in batches:
            z = encoder(x)  # encoder frozen, in eval, x needs no grad
            loss = F.cross_entropy(head(z), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        print(f"epoch {epoch} loss {loss.item():.4f}")
    return head
