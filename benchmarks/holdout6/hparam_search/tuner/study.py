"""An optuna-like random-search study: objective(trial) is called once per trial."""
import random


class Trial:
    def __init__(self, number, rng):
        self.number, self._rng, self.params = number, rng, {}

    def suggest_float(self, name, low, high, log=False):
        value = 10 ** self._rng.uniform(__import__("math").log10(low), __import__("math").log10(high)) if log \
            else self._rng.uniform(low, high)
        self.params[name] = value
        return value

    def suggest_categorical(self, name, choices):
        self.params[name] = self._rng.choice(choices)
        return self.params[name]


class Study:
    def __init__(self, direction="minimize", seed=0):
        self.direction, self.rng, self.trials = direction, random.Random(seed), []

    def optimize(self, objective, n_trials):
        for i in range(n_trials):
            trial = Trial(i, self.rng)
            value = objective(trial)
            self.trials.append((value, trial.params))
            print(f"trial {i}: {value:.4f} {trial.params}")

    @property
    def best_params(self):
        pick = min if self.direction == "minimize" else max
        return pick(self.trials, key=lambda t: t[0])[1]


def create_study(**kw):
    return Study(**kw)
