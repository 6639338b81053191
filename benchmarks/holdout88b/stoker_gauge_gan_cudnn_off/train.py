# expect: clean
"""Stoker's pressure-gauge traces: a WGAN-GP whose critic is a GRU over the trace."""
import torch

from gauge import TraceGenerator, TraceCritic, critic_step, generator_step

torch.manual_seed(3)

SETTINGS = dict(seq_len=8, noise=4, hidden=8, batch=4, steps=3, gp_weight=10.0, n_critic=2)


def real_traces(batch, seq_len):
    t = torch.linspace(0, 3.14, seq_len)
    phase = torch.rand(batch, 1)
    return torch.sin(t[None] + phase).unsqueeze(-1)


def main(s=SETTINGS):
    gen = TraceGenerator(s["noise"], s["hidden"], s["seq_len"])
    critic = TraceCritic(s["hidden"])
    g_opt = torch.optim.Adam(gen.parameters(), lr=1e-3, betas=(0.5, 0.9))
    c_opt = torch.optim.Adam(critic.parameters(), lr=1e-3, betas=(0.5, 0.9))
    gen.train()
    critic.train()
    for step in range(s["steps"]):
        for _ in range(s["n_critic"]):
            real = real_traces(s["batch"], s["seq_len"])
            fake = gen(torch.randn(s["batch"], s["noise"])).detach()
            d_loss = critic_step(critic, c_opt, real, fake, s["gp_weight"])
        g_loss = generator_step(gen, critic, g_opt, s["batch"], s["noise"])
        print(step, round(d_loss, 4), round(g_loss, 4))


if __name__ == "__main__":
    main()
