namespace StaticChronology.Model;

/// <summary>The three registries of named things entries refer to.</summary>
public enum RegistryKind
{
    Person,
    Place,
    Organization,
}
