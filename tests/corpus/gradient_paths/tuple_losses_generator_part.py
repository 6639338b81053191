# expect: clean
"""A WGAN-style model returns its two losses as a tuple from one method; only the generator's loss
is differentiated, and it never runs through the LSTM critic left in eval mode."""
import torch
import torch.nn as nn


class TextGan(nn.Module):
    def __init__(self):
        super().__init__()
        self.generator = nn.Linear(4, 6)
        self.critic = nn.LSTM(6, 8, batch_first=True)
        self.score = nn.Linear(8, 1)

    def losses(self, noise, real):
        fake = self.generator(noise)
        critic_loss = self.score(self.critic(real)[0][:, -1]).mean()
        gen_loss = -fake.mean()
        return critic_loss, gen_loss


gan = TextGan()
gan.critic.eval()  # sampling left the critic in eval
opt = torch.optim.SGD(gan.parameters(), lr=0.01)
for _ in range(2):
    critic_loss, gen_loss = gan.losses(torch.randn(3, 5, 4), torch.randn(3, 5, 6))
    opt.zero_grad()
    gen_loss.backward()  # only the generator: the critic is not differentiated
    opt.step()
print(float(critic_loss))
