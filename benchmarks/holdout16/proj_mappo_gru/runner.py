import torch


class SharedRunner:
    def __init__(self, args, policy, trainer):
        self.args, self.policy, self.trainer = args, policy, trainer

    @torch.no_grad()
    def collect(self):
        a = self.args
        obs = torch.randn(a["n_agents"], a["episode_length"], a["obs_dim"])
        cent = obs.permute(1, 0, 2).reshape(1, a["episode_length"], -1).expand(a["n_agents"], -1, -1)
        dist = self.policy.actor(obs)
        actions = dist.sample()
        values = self.policy.critic(cent)
        rewards = torch.randn(a["n_agents"], a["episode_length"])
        returns = rewards.flip(1).cumsum(1).flip(1)
        return {"obs": obs, "cent_obs": cent, "actions": actions, "old_logp": dist.log_prob(actions),
                "values": values, "returns": returns}

    def run(self):
        for ep in range(self.args["episodes"]):
            self.trainer.prep_rollout()
            buf = self.collect()
            self.trainer.prep_training()
            infos = self.trainer.train(buf)
            print("episode", ep, infos[-1])
