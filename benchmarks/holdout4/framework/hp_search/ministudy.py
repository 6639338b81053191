"""An optuna-like study: trials suggest values, study.optimize calls the objective many times."""
import random


class Trial:
    def __init__(self, number, rng):
        self.number = number
        self.params = {}
        self._rng = rng

    def suggest_float(self, name, low, high, log=False):
        value = self._rng.uniform(low, high)
        self.params[name] = value
        return value

    def suggest_categorical(self, name, choices):
        value = self._rng.choice(choices)
        self.params[name] = value
        return value


class Study:
    def __init__(self, direction="minimize", seed=0):
        self.direction = direction
        self.trials = []
        self._rng = random.Random(seed)

    def optimize(self, objective, n_trials):
        for number in range(n_trials):
            trial = Trial(number, self._rng)
            value = objective(trial)
            self.trials.append((value, trial.params))
            print(f"trial {number}: {value:.4f} {trial.params}")

    @property
    def best_params(self):
        pick = min if self.direction == "minimize" else max
        return pick(self.trials, key=lambda t: t[0])[1]
