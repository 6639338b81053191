from algos.a2c_agent import A2CAgent
from algos.network import build_network
from algos.player import RecurrentPlayer


class Runner:
    def __init__(self, params):
        self.params = params
        cfg = params["config"]
        self.model = build_network(params["network"], obs_dim=cfg["obs_dim"], n_actions=cfg["n_actions"])
        self.agent = A2CAgent(self.model, cfg)

    def run(self, args):
        return getattr(self, "run_" + args["mode"])(**args.get("kwargs", {}))

    def run_train(self, max_epochs=3, eval_every=1):
        for epoch in range(max_epochs):
            print("epoch", epoch, "loss", round(self.agent.train_epoch(), 3))
            if eval_every and (epoch + 1) % eval_every == 0:
                self.run_play(games=1)

    def run_play(self, games=2):
        score = RecurrentPlayer(self.model, games=games, obs_dim=self.params["config"]["obs_dim"]).run()
        print("eval score", round(score, 3))
        return score
