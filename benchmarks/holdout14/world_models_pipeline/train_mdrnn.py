import torch
import torch.nn.functional as F


def gmm_nll(gmm_out, next_latents, latent, gaussians):
    stride = latent * gaussians
    mus = gmm_out[..., :stride].unflatten(-1, (gaussians, latent))
    sig = gmm_out[..., stride:2 * stride].unflatten(-1, (gaussians, latent)).exp()
    logpi = F.log_softmax(gmm_out[..., 2 * stride:], -1)
    lp = torch.distributions.Normal(mus, sig).log_prob(next_latents.unsqueeze(-2)).sum(-1)
    return -torch.logsumexp(logpi + lp, -1).mean()


def train_mdrnn(mdrnn, data, epochs=2):
    mdrnn.train()
    opt = torch.optim.Adam(mdrnn.parameters(), 1e-3)
    for _ in range(epochs):
        for latents, actions in data:
            gmm, _, _ = mdrnn(actions[:-1], latents[:-1])
            loss = gmm_nll(gmm, latents[1:], mdrnn.latent, mdrnn.gaussians)
            opt.zero_grad(); loss.backward(); opt.step()
