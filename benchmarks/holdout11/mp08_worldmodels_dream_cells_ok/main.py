# expect: clean
# World Models style: the MDN-RNN is trained as a sequence nn.LSTM (in train mode); the dream used to train the
# controller by gradient runs an MDRNNCell (nn.LSTMCell) loaded from those weights and put in eval. Cells never
# go through the cuDNN RNN kernel, so the controller's backward through the dream is fine.
import torch

from dream import Controller, dream_rollout
from models import MDRNN, MDRNNCell, VAE, gmm_loss

torch.manual_seed(0)
vae, mdrnn = VAE(), MDRNN()
opt = torch.optim.Adam(list(vae.parameters()) + list(mdrnn.parameters()), lr=1e-3)
for it in range(3):
    obs, actions = torch.randn(7, 3, 12), torch.rand(7, 3, 2)
    recon, mu, logvar = vae(obs)
    vae_loss = (recon - obs).pow(2).mean() - 0.5 * (1 + logvar - mu ** 2 - logvar.exp()).mean()
    mus, sigmas, logpi, rs, ds = mdrnn(actions[:-1], mu[:-1].detach())
    loss = vae_loss + gmm_loss(mu[1:].detach(), mus, sigmas, logpi)
    opt.zero_grad()
    loss.backward()
    opt.step()

cell = MDRNNCell().load_from_sequence_model(mdrnn).requires_grad_(False)
controller = Controller()
c_opt = torch.optim.Adam(controller.parameters(), lr=1e-2)
for it in range(3):
    ret = dream_rollout(cell, controller, torch.randn(3, 4))
    c_opt.zero_grad()
    (-ret).backward()
    c_opt.step()
    print(it, ret.item())
print("done")
