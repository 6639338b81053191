from .contacts import categorical_jacobian, contact_map

__all__ = ["categorical_jacobian", "contact_map"]
