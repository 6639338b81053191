"""Phase decorators: the wrapper puts the model it is handed into the phase's mode before the step runs."""
import functools


def in_phase(name):
    def decorate(step):
        @functools.wraps(step)
        def run(model, *args, **kwargs):
            model.train(name == "fit")
            return step(model, *args, **kwargs)
        return run
    return decorate
