# expect: crash
"""scvi-tools style: a model *wrapper* (not an nn.Module) owns `self.module`, and its `.train(max_epochs=...)` is a
training-plan entry point, not nn.Module.train. get_latent_representation() put the module in eval mode first."""
import torch
import torch.nn as nn


class VAEModule(nn.Module):
    """Stand-in module: a GRU encoder over a 'time-resolved' expression profile."""

    def __init__(self, n_genes, n_latent=4, n_hidden=16):
        super().__init__()
        self.encoder = nn.GRU(n_genes, n_hidden, batch_first=True)
        self.z_mean, self.z_var = nn.Linear(n_hidden, n_latent), nn.Linear(n_hidden, n_latent)
        self.decoder = nn.Sequential(nn.Linear(n_latent, n_hidden), nn.ReLU(), nn.Linear(n_hidden, n_genes))

    def inference(self, x):
        _, h = self.encoder(torch.log1p(x))
        return self.z_mean(h[-1]), self.z_var(h[-1]).exp() + 1e-4

    def loss(self, x):
        qz_m, qz_v = self.inference(x)
        z = qz_m + qz_v.sqrt() * torch.randn_like(qz_m)
        recon = ((self.decoder(z) - torch.log1p(x[:, -1])) ** 2).sum(-1)
        kl = 0.5 * (qz_v + qz_m ** 2 - 1 - qz_v.log()).sum(-1)
        return (recon + kl).mean()


class TrainingPlan:
    def __init__(self, module, lr=1e-3):
        self.module = module
        self.optimizer = torch.optim.Adam(module.parameters(), lr=lr)

    def training_step(self, batch):
        loss = self.module.loss(batch)
        self.optimizer.zero_grad()
        loss.backward()  # TM001-here
        self.optimizer.step()
        return loss.item()


class SCVI:
    def __init__(self, adata, n_latent=4):
        self.adata = adata
        self.module = VAEModule(adata.size(-1), n_latent)
        self.is_trained_ = False

    def train(self, max_epochs=2, batch_size=4, plan_kwargs=None):
        plan = TrainingPlan(self.module, **(plan_kwargs or {}))
        for epoch in range(max_epochs):
            for i in range(0, self.adata.size(0), batch_size):
                loss = plan.training_step(self.adata[i:i + batch_size])
            print(f"Epoch {epoch + 1}/{max_epochs}: elbo_train={loss:.3f}")
        self.is_trained_ = True

    @torch.inference_mode()
    def get_latent_representation(self):
        self.module.eval()
        return self.module.inference(self.adata)[0]


if __name__ == "__main__":
    torch.manual_seed(0)
    adata = torch.poisson(torch.rand(12, 3, 10) * 5)
    model = SCVI(adata)
    print("untrained latent norm", model.get_latent_representation().norm().item())
    model.train(max_epochs=2)
