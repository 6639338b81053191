import torch


class RolloutWorker:
    def __init__(self, actor_critic, cfg):
        self.actor_critic, self.cfg = actor_critic, cfg

    @torch.no_grad()
    def collect(self):
        self.actor_critic.eval()
        n, T = self.cfg["num_envs"], self.cfg["rollout"]
        obs = torch.randn(1, n, self.cfg["obs_dim"])
        states, traj = None, {"obs": [], "actions": [], "logp": [], "values": [], "rewards": []}
        for _ in range(T):
            logits, value, states = self.actor_critic(obs, states)
            dist = torch.distributions.Categorical(logits=logits)
            a = dist.sample()
            traj["obs"].append(obs); traj["actions"].append(a)
            traj["logp"].append(dist.log_prob(a)); traj["values"].append(value)
            traj["rewards"].append(torch.rand(1, n))
            obs = torch.randn_like(obs)
        return {k: torch.cat(v, 0) for k, v in traj.items()}
