import contextlib


@contextlib.contextmanager
def evaluating(module):
    was = module.training
    module.eval()
    try:
        yield module
    finally:
        module.train(was)


class EarlyStopping:
    def __init__(self, patience):
        self.patience, self.bad = patience, 0

    @contextlib.contextmanager
    def epoch(self, learner):
        yield
        with evaluating(learner.net):
            val = learner.validate()
        if val < learner.state["best_val"]:
            learner.state["best_val"], self.bad = val, 0
        else:
            self.bad += 1
            learner.state["stop"] = self.bad >= self.patience


class LRDecay:
    def __init__(self, gamma):
        self.gamma = gamma

    @contextlib.contextmanager
    def epoch(self, learner):
        yield
        for g in learner.opt.param_groups:
            g["lr"] *= self.gamma
