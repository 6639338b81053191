# expect: crash
"""Wake-sleep style step: train the discriminator on labelled data, then the generator on its own soft samples."""
import torch
import torch.nn.functional as F

from model import RNN_VAE

torch.manual_seed(0)
model = RNN_VAE()
trainer_D = torch.optim.Adam(list(model.conv.parameters()) + list(model.disc_fc.parameters()), lr=1e-3)
trainer_G = torch.optim.Adam(model.decoder.parameters(), lr=1e-3)
batch_size, beta, lambda_c = 4, 0.1, 0.1


def main():
    for it in range(3):
        model.train()
        tokens, labels = torch.randint(0, 30, (batch_size, 7)), torch.randint(0, 2, (batch_size,))
        y_disc_real = model.forward_discriminator(F.one_hot(tokens, 30).float())

        z, c = model.sample_z_prior(batch_size), model.sample_c_prior(batch_size)
        x_gen = model.sample_soft_embed(z, c, temp=0.5)
        y_disc_fake = model.forward_discriminator(x_gen.detach())
        entropy = -(F.softmax(y_disc_fake, 1) * F.log_softmax(y_disc_fake, 1)).sum(1).mean()
        loss_D = F.cross_entropy(y_disc_real, labels) + beta * entropy
        trainer_D.zero_grad()
        loss_D.backward()
        trainer_D.step()

        y_z = model.forward_discriminator(x_gen)
        loss_G = lambda_c * F.cross_entropy(y_z, c.argmax(1))
        trainer_G.zero_grad()
        loss_G.backward()  # TM001-here
        trainer_G.step()
        print(f"iter {it}: loss_D {loss_D.item():.4f} loss_G {loss_G.item():.4f}")


if __name__ == "__main__":
    main()
