# expect: crash
"""Rebuilt (own tiny code) from the shape in wiseodd/controlled-text-generation#24:
a VAE text generator whose sample_sentence() switches the model to eval mode;
the discriminator-training loop samples sentences and then updates the
generator with a loss computed from a fresh forward pass."""
import torch
import torch.nn.functional as F

from model import RNN_VAE

if __name__ == "__main__":
    torch.manual_seed(0)
    model = RNN_VAE(n_vocab=20, h_dim=8, z_dim=4, c_dim=2)
    trainer_D = torch.optim.Adam(model.discriminator_params, lr=1e-3)
    trainer_G = torch.optim.Adam(model.decoder_params, lr=1e-3)
    for it in range(2):
        z = model.sample_z_prior(3)
        c = model.sample_c_prior(3)
        sents = model.sample_sentence(z, c)
        y_disc = model.forward_discriminator(sents)
        loss_D = F.cross_entropy(y_disc, c.argmax(-1))
        trainer_D.zero_grad()
        loss_D.backward()
        trainer_D.step()
        inputs = torch.randint(0, 20, (3, 6))
        recon_loss, kl = model(inputs)
        loss_G = recon_loss + 0.1 * kl
        trainer_G.zero_grad()
        loss_G.backward()  # TM001-here
        trainer_G.step()
        print(it, loss_D.item(), loss_G.item())
