# expect: crash
"""SeqGAN-style text GAN: MLE pre-training, then policy-gradient updates with a
Monte-Carlo Rollout (a deepcopy of the generator) and a GRU discriminator.

Generator.sample() calls self.eval() and never restores; the PG step re-scores the
samples with the same generator and backpropagates through its eval-mode LSTM.
"""
import torch

from models import Discriminator, Generator
from rollout import Rollout
from pg import mle_step, pg_step, train_discriminator

VOCAB, SEQ_LEN, BATCH = 12, 6, 4


def main():
    torch.manual_seed(9)
    gen = Generator(VOCAB, emb=8, hidden=16, seq_len=SEQ_LEN)
    dis = Discriminator(VOCAB, emb=8, hidden=8)
    g_opt = torch.optim.Adam(gen.parameters(), lr=1e-2)
    d_opt = torch.optim.Adagrad(dis.parameters())
    real = torch.randint(0, VOCAB, (BATCH, SEQ_LEN))
    for _ in range(2):
        mle_step(gen, g_opt, real)
    rollout = Rollout(gen, update_rate=0.8)
    for adv_epoch in range(2):
        samples = gen.sample(BATCH)
        rewards = rollout.get_reward(samples, num=2, discriminator=dis)
        pg_step(gen, g_opt, samples, rewards)
        rollout.update_params()
        train_discriminator(dis, d_opt, real, gen.sample(BATCH))
        print("adv epoch", adv_epoch, "mean reward", rewards.mean().item())


if __name__ == "__main__":
    main()
