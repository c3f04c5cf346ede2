

namespace LeedsCommissioning.Infrastructure.Data;

public enum DatabaseProvider
{
    Sqlite = 0,
    SqlServer = 1,
    PostgreSql = 2,
}
