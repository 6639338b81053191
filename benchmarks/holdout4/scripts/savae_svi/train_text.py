# expect: crash
"""Semi-amortized VAE training script: amortized encoder + SVI refinement, with a validation pass per epoch."""
import torch

from model import RNNVAE, kl, variational_loss
from optim_n2n import OptimN2N


def make_data(n):
    return [torch.randint(0, 30, (4, 9)) for _ in range(n)]


def train_epoch(model, meta_optimizer, optimizer, data):
    model.train()
    for sents in data:
        mean, logvar = model.encode(sents)
        mean_svi, logvar_svi = meta_optimizer.forward([mean, logvar], sents)
        z = mean_svi + torch.randn_like(mean_svi) * (0.5 * logvar_svi).exp()
        loss = model.dec_nll(sents, z) + kl(mean, logvar)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    return loss.item()


def eval(data, model, meta_optimizer):
    model.eval()
    total = 0.0
    for sents in data:
        mean, logvar = model.encode(sents)
        mean_svi, logvar_svi = meta_optimizer.forward([mean, logvar], sents)
        with torch.no_grad():
            total += (model.dec_nll(sents, mean_svi) + kl(mean_svi, logvar_svi)).item()
    return total / len(data)


def main():
    torch.manual_seed(0)
    model = RNNVAE()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.5)
    meta_optimizer = OptimN2N(variational_loss(model), model, lr=0.5, iters=2)
    train_data, val_data = make_data(3), make_data(2)
    for epoch in range(2):
        train_nll = train_epoch(model, meta_optimizer, optimizer, train_data)
        val_nll = eval(val_data, model, meta_optimizer)
        print(f"epoch {epoch}: train {train_nll:.3f} val {val_nll:.3f}")


if __name__ == "__main__":
    main()
