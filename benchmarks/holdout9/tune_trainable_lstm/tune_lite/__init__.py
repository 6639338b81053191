import itertools


class Trainable:
    def __init__(self, config):
        self.config = config
        self.iteration = 0
        self.setup(config)

    def setup(self, config):
        pass

    def step(self):
        raise NotImplementedError

    def train(self):
        result = self.step()
        self.iteration += 1
        result["training_iteration"] = self.iteration
        return result


def grid_search(values):
    return {"grid_search": list(values)}


def _expand(config):
    keys = [k for k, v in config.items() if isinstance(v, dict) and "grid_search" in v]
    for combo in itertools.product(*[config[k]["grid_search"] for k in keys]):
        c = dict(config)
        c.update(zip(keys, combo))
        yield c


def run(trainable_cls, config, stop):
    results = []
    for trial_config in _expand(config):
        trial = trainable_cls(trial_config)
        while True:
            res = trial.train()
            if res["training_iteration"] >= stop["training_iteration"]:
                break
        results.append((trial_config["hidden"], res))
    return results
