"""A minimal training-loop engine: it keeps the user's step function and calls it once per batch, keeping
only a running count of the calls (the step function does its own forward, backward and update)."""


class Loop:
    def __init__(self, step_function, log_every=2):
        self._step_function = step_function
        self.log_every = log_every
        self.iteration = 0

    def run(self, batches, epochs=1):
        for _ in range(epochs):
            for batch in batches:
                self.iteration += 1
                self._step_function(self, batch)
                if self.iteration % self.log_every == 0:
                    print("iteration", self.iteration)
        return self.iteration
