from dataclasses import dataclass, fields


@dataclass(frozen=True)
class RunState:
    training: bool = True
    lr: float = 1e-3


def evolve(inst, **changes):
    """attrs.evolve look-alike: a new instance with some fields changed."""
    values = {f.name: getattr(inst, f.name) for f in fields(inst)}
    values.update(changes)
    return type(inst)(**values)


def apply_state(model, state):
    model.train(state.training)
    return model
